export { HeaderSearch, type HeaderSearchProps } from './components/header-search';
