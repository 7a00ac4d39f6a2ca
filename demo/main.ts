/** The demo page's entry: Folio's elements from the library's source, then the demo itself. */
import '../src/index.js';
import { Demo } from './app.js';
import { holdNeverAnswers } from './never-answers.js';

holdNeverAnswers();
void new Demo(document.getElementById('app')!).start();
