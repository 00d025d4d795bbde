import { get, post, put, del } from '../platform/api.js';

// The questions an event asks its guests.
export const listQuestions = (eventId) => get(`/events/${eventId}/questions`);
export const addQuestion = (eventId, input) => post(`/events/${eventId}/questions`, input);
export const replaceQuestion = (eventId, questionId, input) => put(`/events/${eventId}/questions/${questionId}`, input);
export const deleteQuestion = (eventId, questionId) => del(`/events/${eventId}/questions/${questionId}`);

export const KINDS = [
  { value: 'choice', label: 'Meal or other choice' },
  { value: 'dietary', label: 'Dietary needs' },
  { value: 'yesno', label: 'Yes or no' },
  { value: 'text', label: 'Short text' },
];
export const SCOPES = [{ value: 'member', label: 'Each member' }, { value: 'household', label: 'Once per household' }];
export const kindLabel = (kind) => (KINDS.find((k) => k.value === kind) || { label: kind }).label;
