// Entry point of the public invitation check (validate.html): no sign-in, no console.
import './validate-page.js';
