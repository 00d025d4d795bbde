/**
 * The RSVP form's state and the reply it sends, apart from rendering. A draft holds what the guest has
 * chosen so far: the party's own answer (a guest without members) or each member's, the plus-ones'
 * names (one slot per plus-one allowed) and every answer to the event's questions, by question id.
 */

/** A draft of the page's current answers; `preselected` (the e-mail's yes/no button) fills any unanswered one. */
export function draftOf(view, preselected) {
  const pick = (answer) => answer || preselected || null;
  const invited = view.members.filter((m) => !m.plusOne);
  const named = view.members.filter((m) => m.plusOne);
  return {
    attending: pick(view.members.length ? null : view.answer),
    members: invited.map((m) => ({ id: m.id, name: m.name, attending: pick(m.attending), answers: { ...(m.answers || {}) } })),
    plusOnes: Array.from({ length: view.plusOnesAllowed }, (_, j) => ({
      name: named[j] ? named[j].name : '', answers: { ...((named[j] && named[j].answers) || {}) },
    })),
    answers: { ...(view.answers || {}) },
  };
}

/** Whether anyone of the party comes, so the plus-ones and the household's questions are asked. */
export function anyoneComes(draft) {
  return draft.members.length ? draft.members.some((m) => m.attending === 'yes') : draft.attending === 'yes';
}

/** The answers worth sending: those to questions of the scope asked, without empty ones. */
function given(answers, questions) {
  const kept = {};
  questions.forEach((q) => {
    const value = answers[q.id];
    if (value === undefined || value === null || value === '' || (Array.isArray(value) && !value.length)) return;
    kept[q.id] = typeof value === 'string' ? value.trim() : value;
  });
  return kept;
}

/**
 * The reply's answer members (RsvpReply) from a draft, and which plus-one slot each sent plus-one came
 * from (the server names them by their place in what was sent). Those not coming answer no questions.
 */
export function replyOf(view, draft) {
  const perMember = view.questions.filter((q) => q.scope === 'member');
  const perHousehold = view.questions.filter((q) => q.scope === 'household');
  const comes = anyoneComes(draft);
  if (!draft.members.length) {
    return { reply: { attending: draft.attending, answers: comes ? given(draft.answers, view.questions) : {} }, slots: [] };
  }
  const slots = [];
  const plusOnes = [];
  if (comes) {
    draft.plusOnes.forEach((p, j) => {
      if (!p.name.trim()) return;
      slots.push(j);
      plusOnes.push({ name: p.name.trim(), answers: given(p.answers, perMember) });
    });
  }
  return {
    reply: {
      members: draft.members.map((m) => ({
        id: m.id, attending: m.attending, answers: m.attending === 'yes' ? given(m.answers, perMember) : {},
      })),
      plusOnes,
      answers: comes ? given(draft.answers, perHousehold) : {},
    },
    slots,
  };
}

/** The faults the page finds itself before sending: everyone must be answered for. */
export function missingAnswers(draft) {
  if (!draft.members.length) return draft.attending ? [] : [{ field: 'attending' }];
  return draft.members.map((m, i) => (m.attending ? null : { field: `members[${i}].attending` })).filter(Boolean);
}

/**
 * Where a field error belongs on the page and what it says, in the page's language: the id of the
 * control (or group) it is shown beside, or null for the form as a whole, and the text's key and words.
 * The server's messages are English; they are never shown.
 */
export function placeOf(error, view, draft, slots) {
  const field = error.field || '';
  const question = (id) => view.questions.findIndex((q) => q.id === id);
  let m = field.match(/^(members|plusOnes)\[(\d+)\]\.answers\.(.+)$/) || field.match(/^()()answers\.(.+)$/);
  if (m) {
    const k = question(m[3]);
    if (k < 0) return { id: null, key: 'error.changed' };
    const index = Number(m[2]);
    const owner = m[1] === 'members' ? `m${index}` : m[1] === 'plusOnes' ? `p${slots[index]}` : 'h';
    const answers = m[1] === 'members' ? draft.members[index]?.answers
      : m[1] === 'plusOnes' ? draft.plusOnes[slots[index]]?.answers : draft.answers;
    return { id: `rsvp-${owner}-q${k}`, ...answerFault(view.questions[k], (answers || {})[view.questions[k].id]) };
  }
  if (field === 'attending') return { id: 'rsvp-answer', key: 'form.chooseAnswer' };
  if ((m = field.match(/^members\[(\d+)\]\.attending$/))) return { id: `rsvp-m${m[1]}`, key: 'form.chooseAnswer' };
  if ((m = field.match(/^plusOnes\[(\d+)\]\.name$/))) return { id: `rsvp-p${slots[Number(m[1])]}-name`, key: 'plusOne.nameInvalid' };
  if (field === 'plusOnes') return { id: 'rsvp-plus-ones', key: 'plusOne.tooMany', words: { count: view.plusOnesAllowed } };
  if (field === 'phone') return { id: 'rsvp-phone', key: 'contact.phoneInvalid' };
  if (field === 'email') return { id: 'rsvp-email', key: 'contact.emailInvalid' };
  if (field.startsWith('members')) return { id: null, key: 'error.changed' };
  return { id: null, key: 'error.field' };
}

/** Why an answer to `question` was refused, judged from what the guest entered. */
function answerFault(question, value) {
  const empty = value === undefined || value === null || (typeof value === 'string' && !value.trim())
    || (Array.isArray(value) && !value.length);
  if (empty) return { key: 'question.required' };
  if (typeof value === 'string' && question.maxLength && value.trim().length > question.maxLength) {
    return { key: 'question.tooLong', words: { max: question.maxLength } };
  }
  if (question.kind === 'choice') return { key: 'question.chooseOption' };
  if (question.kind === 'yesno') return { key: 'question.chooseYesNo' };
  if (question.kind === 'dietary' && question.options.length) return { key: 'question.chooseTags' };
  return { key: 'question.invalid' };
}
