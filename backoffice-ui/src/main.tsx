import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Base styles first, so that component styles come after them in the bundle.
import './styles/global.css';
// Once, for every page: a case file and a person page printed without the frame and the forms.
import './styles/print.css';
import { App } from './app/app';

const root = document.getElementById('root');
if (!root) throw new Error('The #root element is missing from index.html');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
