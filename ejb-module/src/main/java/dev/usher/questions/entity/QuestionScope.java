package dev.usher.questions.entity;

/** Whether a question is answered once per household member or once per household. Spelled as stored. */
public enum QuestionScope {
    member, household
}
