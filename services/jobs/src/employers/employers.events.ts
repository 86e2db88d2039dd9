export { EmployerRegistered, type EmployerRegisteredData } from '@siapkerja/contracts';
