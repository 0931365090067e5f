import { createRoot } from 'react-dom/client';
import { App } from './App.jsx';
import { openDetailsForPrinting } from './print.js';
import './styles.css';

openDetailsForPrinting();
createRoot(document.getElementById('app')).render(<App />);
