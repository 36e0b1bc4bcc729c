export { PersonDetails, AssessmentSection } from './components/person-details';
export { PersonFormPage } from './components/person-form-page';
export { PersonSearchPage } from './components/person-search-page';
export { usePerson, getPerson, personKey } from './api/get-person';
