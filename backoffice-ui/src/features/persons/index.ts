export { PersonDetails, AssessmentSection } from './components/person-details';
export { PersonFormPage } from './components/person-form-page';
export { PersonSearchPage } from './components/person-search-page';
export { usePerson, getPerson, personKey } from './api/get-person';
export { PersonEditPage } from './components/person-edit-page';
export { AssessmentHistory } from './components/assessment-history';
export { DispenseSection } from './components/dispense-section';
export { PersonSavedNotice } from './components/person-saved-notice';
export { DispensesToConfirm } from './components/dispenses-to-confirm';
