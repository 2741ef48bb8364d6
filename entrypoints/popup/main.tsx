import { render } from 'preact';

const root = document.getElementById('app');
if (root) render(<h1 data-testid="popup-title">Compagnon Apps Édu</h1>, root);
