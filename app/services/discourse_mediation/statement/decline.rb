# frozen_string_literal: true

module DiscourseMediation
  # Someone named as affected prefers not to add their view. That is their
  # right, and it is recorded as such, not as silence.
  class Statement::Decline
    include Service::Base
    include Case::Lookup

    params do
      attribute :case_id, :integer
      validates :case_id, presence: true
    end

    model :mediation_case
    policy :is_affected

    transaction do
      step :lock_case
      policy :window_open, class_name: Statement::Policy::WindowOpen
      policy :not_stated_yet, class_name: Statement::Policy::NotStatedYet
      step :decline
    end

    private

    def is_affected(mediation_case:, guardian:)
      mediation_case.affected_ids.include?(guardian.user&.id)
    end

    def decline(mediation_case:, guardian:)
      mediation_case.statements.create!(user: guardian.user, role: "affected", declined: true)
      mediation_case.log_event!("statement_declined", user: guardian.user)
    end
  end
end
