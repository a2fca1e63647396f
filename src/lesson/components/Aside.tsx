export { Aside as default } from '../Aside';
