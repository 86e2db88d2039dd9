export { TkmGroupRegistered, type TkmGroupRegisteredData } from '@siapkerja/contracts';
