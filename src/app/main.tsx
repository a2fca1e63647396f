import './page-styles';
import { hydrateIslands } from './islands/hydrate-islands';

// Built pages arrive prerendered and hydrate only their islands. (The dev server, which
// prerenders nothing, starts render-app.tsx instead: see vite.config.ts.)
void hydrateIslands();
