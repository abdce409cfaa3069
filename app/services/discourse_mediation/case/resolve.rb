# frozen_string_literal: true

module DiscourseMediation
  # The assigned mediator ends the case with a short outcome note. Requesters
  # are told it is resolved, and read the note only if it is marked shareable.
  class Case::Resolve
    include Service::Base
    include Case::Lookup

    OUTCOME_NOTE_MAX_LENGTH = 1000

    params do
      attribute :case_id, :integer
      attribute :outcome_note, :string
      attribute :shareable, :boolean, default: false

      validates :case_id, :outcome_note, presence: true
      validates :outcome_note, length: { maximum: OUTCOME_NOTE_MAX_LENGTH }

      def outcome_note
        super.to_s.strip.presence
      end
    end

    model :mediation_case
    policy :may_take, class_name: Case::Policy::MayTake[:resolve]

    transaction do
      step :lock_case
      policy :in_state, class_name: Case::Policy::InStateFor[:resolve]
      step :resolve
    end

    step :tell_requesters

    private

    def resolve(mediation_case:, params:, guardian:)
      mediation_case.update!(outcome_note: params.outcome_note, outcome_note_shareable: params.shareable)
      mediation_case.apply_event!(:resolve, user: guardian.user, shareable: params.shareable)
    end

    def tell_requesters(mediation_case:)
      Jobs.enqueue(Jobs::DiscourseMediation::TellRequestersCaseResolved, case_id: mediation_case.id)
    end
  end
end
