# frozen_string_literal: true

module DiscourseMediation
  # The lengths the server accepts, sent with the pages whose forms count
  # characters, so the front end never keeps a copy of a Ruby constant.
  module Limits
    module_function

    # `CaseLimits` in lib/types/.
    def for_case
      {
        note: CaseNote::MAX_LENGTH,
        outcome_note: Case::Resolve::OUTCOME_NOTE_MAX_LENGTH,
        escalate_reason: Case::Escalate::REASON_MAX_LENGTH,
        reminder_message: Case::Resolve::REMINDER_MAX_LENGTH,
        answer: Statement::MAX_LENGTH,
        attached_post_note: AttachedPost::NOTE_MAX_LENGTH,
        attached_posts: AttachedPost::MAX_PER_CASE,
        recommendation_text: Rules::Record::Recommendation::TEXT_MAX_LENGTH,
        recommendation_space: Rules::Record::Recommendation::SPACE_MAX_LENGTH,
        recommendation_spaces: Rules::Record::Recommendation::MAX_SPACES,
        recommendations: Rules::Record::Recommendation::MAX_PER_CASE,
        **for_evidence,
      }
    end

    # `EvidenceLimits` in lib/types/: in CaseLimits, and for the forms that
    # open a case about conduct outside the forum.
    def for_evidence
      rules = Rules::Case::Evidence
      {
        evidence: rules::MAX_PER_CASE,
        evidence_note: rules::NOTE_MAX_LENGTH,
        evidence_quote: rules::QUOTE_MAX_LENGTH,
        evidence_link: rules::LINK_MAX_LENGTH,
        evidence_upload_kb: SiteSetting.mediation_evidence_max_upload_kb,
        conduct_where: Rules::Case::ConductPlace::WHERE_MAX_LENGTH,
        case_note: CaseNote::MAX_LENGTH,
      }
    end

    # `BallotLimits` in lib/types/.
    def for_ballot
      { question: BallotQuestion::MAX_LENGTH }
    end

    # `StatementLimits` in lib/types/.
    def for_statement
      {
        statement: Statement::MAX_LENGTH,
        review_statement: Statement::ReviewStatement::MAX_LENGTH,
        reminder_answer: Statement::AnswerReminder::MAX_LENGTH,
        recommendation_answer: Rules::Record::Recommendation::ANSWER_MAX_LENGTH,
      }
    end
  end
end
