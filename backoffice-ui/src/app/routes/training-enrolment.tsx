import { useParams } from 'react-router';
import { EnrolmentPage } from '@/features/training';

/** /training/enrolments/:id */
export function TrainingEnrolmentRoute() {
  const { id = '' } = useParams();
  return <EnrolmentPage key={id} id={id} />;
}
