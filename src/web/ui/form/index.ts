export { AppForm } from './AppForm';
export { CheckboxGroup } from './CheckboxGroup';
export { SelectField } from './SelectField';
export { TextField } from './TextField';
export { useAppForm } from './useAppForm';
export { problemMessage } from './problem-messages';
