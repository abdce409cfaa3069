# frozen_string_literal: true

module DiscourseMediation
  # Mediation did not work: the case moves to the report stage.
  class Case::Escalate
    include Service::Base
    include Case::Lookup

    REASON_MAX_LENGTH = 1000

    params do
      attribute :case_id, :integer
      attribute :reason, :string

      validates :case_id, :reason, presence: true
      validates :reason, length: { maximum: REASON_MAX_LENGTH }

      def reason
        super.to_s.strip.presence
      end
    end

    model :mediation_case
    policy :may_take, class_name: Case::Policy::MayTake[:escalate]

    transaction do
      step :lock_case
      policy :in_state, class_name: Case::Policy::InStateFor[:escalate]
      step :escalate
    end

    private

    def escalate(mediation_case:, params:, guardian:)
      mediation_case.apply_event!(:escalate, user: guardian.user, reason: params.reason)
    end
  end
end
