import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Providers } from './providers';
import { App } from './app';
import { startUrlSync } from '../state/url-sync';
import { registerServiceWorker } from './sw-update';
import '../index.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

startUrlSync();
registerServiceWorker();

createRoot(root).render(
  <StrictMode>
    <Providers>
      <App />
    </Providers>
  </StrictMode>,
);
