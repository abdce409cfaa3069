# frozen_string_literal: true

module DiscourseMediation
  # The mediator records a check-in of the agreed plan as held or missed,
  # once its date has come, with an optional short note. Once each.
  class Case::RecordCoachingCheckIn
    include Service::Base
    include Case::Lookup

    params do
      attribute :case_id, :integer
      attribute :check_in_id, :integer
      attribute :status, :string
      attribute :note, :string

      validates :case_id, presence: true
      validates :check_in_id, presence: true

      extend CoachingTextContract
      takes_coaching_text :note,
                          optional: true,
                          max: Rules::DueProcess::Coaching::NOTE_MAX_LENGTH,
                          too_long: "note_too_long"
    end

    model :mediation_case
    policy :may_take, class_name: Case::Policy::MayTake[:coach]
    policy :not_on_open_roll, class_name: Case::Policy::NotOnOpenRoll

    transaction do
      step :lock_case
      policy :in_state, class_name: Case::Policy::InStateFor[:coach]
      policy :coaching_outcome, class_name: Case::Policy::CoachingOutcome
      model :check_in
      policy :coaching_allows, class_name: Case::Policy::CoachingAllows[:check_in]
      policy :coaching_input, class_name: Case::Policy::CoachingInput[:check_in]
      step :record
    end

    private

    def fetch_check_in(mediation_case:, params:)
      mediation_case.coaching&.check_ins&.find { _1.id == params.check_in_id }
    end

    def record(mediation_case:, check_in:, params:, guardian:)
      check_in.update!(
        status: params.status,
        note: params.note,
        recorded_by: guardian.user,
        recorded_at: Time.zone.now,
      )
      mediation_case.log_event!(
        "coaching_check_in_recorded",
        user: guardian.user,
        status: params.status,
        due_on: check_in.due_on.iso8601,
      )
    end
  end
end
