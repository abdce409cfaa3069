# frozen_string_literal: true

module DiscourseMediation
  # Before a sanction's review date, the person concerned may say, once and
  # briefly, how it has gone: the moderators read it when they review it.
  class Statement::ReviewStatement
    include Service::Base
    include Case::Lookup

    MAX_LENGTH = 2000

    params do
      attribute :case_id, :integer
      attribute :reason, :string

      validates :case_id, presence: true

      extend ReasonContract
      requires_reason max_length: Statement::ReviewStatement::MAX_LENGTH,
                      error: "discourse_mediation.errors.review_statement_invalid"
    end

    model :mediation_case
    policy :may_take, class_name: Case::Policy::MayTake[:review_statement]

    transaction do
      step :lock_case
      policy :in_state, class_name: Case::Policy::InStateFor[:review_statement]
      policy :before_the_review
      step :keep_it
    end

    private

    def before_the_review(mediation_case:)
      mediation_case.review_statement_open?
    end

    def keep_it(mediation_case:, params:, guardian:)
      mediation_case.update!(review_statement: params.reason, review_statement_at: Time.zone.now)
      mediation_case.log_event!("review_statement_sent", user: guardian.user)
    end
  end
end
