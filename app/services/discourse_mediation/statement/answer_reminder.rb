# frozen_string_literal: true

module DiscourseMediation
  # A private reminder is decided by one mediator without a hearing, and later
  # voters read it among the earlier outcomes: the person concerned may answer
  # it, once, and the voters read the answer with it.
  class Statement::AnswerReminder
    include Service::Base
    include Case::Lookup

    MAX_LENGTH = 2000

    params do
      attribute :case_id, :integer
      attribute :reason, :string

      validates :case_id, presence: true

      extend ReasonContract
      requires_reason max_length: Statement::AnswerReminder::MAX_LENGTH,
                      error: "discourse_mediation.errors.reminder_answer_invalid"
    end

    model :mediation_case
    policy :may_take, class_name: Case::Policy::MayTake[:answer_reminder]

    transaction do
      step :lock_case
      policy :in_state, class_name: Case::Policy::InStateFor[:answer_reminder]
      policy :reminder_unanswered
      step :keep_it
    end

    private

    def reminder_unanswered(mediation_case:)
      mediation_case.private_reminder? && mediation_case.reminder_answered_at.nil?
    end

    def keep_it(mediation_case:, params:, guardian:)
      mediation_case.update!(reminder_answer: params.reason, reminder_answered_at: Time.zone.now)
      mediation_case.log_event!("reminder_answered", user: guardian.user)
    end
  end
end
