# frozen_string_literal: true

module DiscourseMediation
  # Mediation did not work: the case moves to the report stage. Only after the
  # mediator has been in contact with the person concerned, or says why that
  # was impossible or unsafe (`no_contact_reason`, which the report shows).
  class Case::Escalate
    include Service::Base
    include Case::Lookup

    REASON_MAX_LENGTH = 1000

    params do
      attribute :case_id, :integer
      attribute :reason, :string
      attribute :no_contact_reason, :string

      validates :case_id, :reason, presence: true
      validates :reason, :no_contact_reason, length: { maximum: REASON_MAX_LENGTH }

      def reason
        super.to_s.strip.presence
      end

      def no_contact_reason
        super.to_s.strip.presence
      end
    end

    model :mediation_case
    policy :may_take, class_name: Case::Policy::MayTake[:escalate]

    transaction do
      step :lock_case
      policy :in_state, class_name: Case::Policy::InStateFor[:escalate]
      policy :contact_made, class_name: Case::Policy::ContactMade
      step :escalate
    end

    private

    # Once the person was reached, a reason for not reaching them is moot.
    def escalate(mediation_case:, params:, guardian:)
      no_contact_reason = mediation_case.subject_contacted? ? nil : params.no_contact_reason
      mediation_case.update!(no_contact_reason:)
      mediation_case.apply_event!(
        :escalate,
        user: guardian.user,
        reason: params.reason,
        contacted: no_contact_reason.nil?,
      )
    end
  end
end
