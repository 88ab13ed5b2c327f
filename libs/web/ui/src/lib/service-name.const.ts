export const SERVICE_NAME = 'MACE case coordination';
