export { EmployerRegistered, EmployerUpdated, type EmployerRegisteredData, type EmployerUpdatedData } from '@siapkerja/contracts';
