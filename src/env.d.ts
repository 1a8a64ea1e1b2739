declare namespace App {
  interface Locals {
    /** The sources the page cites, listed in full at the end of its content (src/lib/views/bibliography.ts). */
    bibliography?: import('./lib/views/bibliography.ts').Bibliography;
  }
}
