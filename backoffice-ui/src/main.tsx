import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Base styles first, so that component styles come after them in the bundle.
import './styles/global.css';
import { App } from './app/app';

const root = document.getElementById('root');
if (!root) throw new Error('The #root element is missing from index.html');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
