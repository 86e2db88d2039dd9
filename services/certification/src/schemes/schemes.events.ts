export { SchemeRegistered, type SchemeRegisteredData } from '@siapkerja/contracts';
