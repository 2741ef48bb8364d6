import { render } from 'preact';

const root = document.getElementById('app');
if (root) render(<h1>Options</h1>, root);
