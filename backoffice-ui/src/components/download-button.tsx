import { useState } from 'react';
import { errorMessage, type DownloadedFile } from '@/lib/api';
import { useTranslation } from '@/lib/i18n';
import { saveFile } from '@/lib/save-file';
import { Button, type ButtonProps } from './button';

export interface DownloadButtonProps extends Omit<ButtonProps, 'onClick' | 'busy'> {
  /** Fetches the file with the session's token (apiDownload). */
  download: () => Promise<DownloadedFile>;
  /** The name to save under when the answer names none. */
  filename: string;
  /** Called once the file is handed to the browser (a download may change what the server shows). */
  onDownloaded?: () => void;
}

/**
 * Downloads a file the API only gives to a signed-in user: fetched with the bearer token, then saved
 * from memory. A failure shows next to the button.
 */
export function DownloadButton({
  download,
  filename,
  onDownloaded,
  children,
  variant = 'secondary',
  ...rest
}: DownloadButtonProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const click = async () => {
    setBusy(true);
    setError(null);
    try {
      const file = await download();
      saveFile(file.blob, file.filename ?? filename);
      onDownloaded?.();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="download-button">
      <Button {...rest} variant={variant} busy={busy} onClick={() => void click()}>
        {children}
      </Button>
      {error !== null && (
        <span role="alert" className="download-button__error">
          {errorMessage(error, t)}
        </span>
      )}
    </span>
  );
}
