export {
  CommunePicker,
  communeLabel,
  communeOptions,
  CountryPicker,
  LanguagePicker,
  OperatorPicker,
  useReferenceNames,
  type PickerProps,
} from './components/pickers';
export { TenantName, type Tenant } from './components/tenant-name';
export {
  useCommuneName,
  useCommunes,
  useCountries,
  useLanguages,
  useOperatorsFor,
  referenceKeys,
} from './api/reference';
