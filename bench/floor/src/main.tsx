import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { FloorApp } from './floor-app';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <FloorApp />
  </StrictMode>,
);
