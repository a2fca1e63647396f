// The styles every page loads: KaTeX's (formulas are typeset at build time) and the site's own.
import 'katex/dist/katex.min.css';
import '../styles/global.css';
