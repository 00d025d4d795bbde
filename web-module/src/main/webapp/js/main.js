// Entry point: defines the <usher-app> element, which loads everything else it shows.
import './app/usher-app.js';
