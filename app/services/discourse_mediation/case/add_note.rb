# frozen_string_literal: true

module DiscourseMediation
  # A private note between mediators. The timeline records that a note was
  # added; the text stays in the notes, for mediators and staff only.
  class Case::AddNote
    include Service::Base
    include Case::Lookup

    params do
      attribute :case_id, :integer
      attribute :raw, :string

      validates :case_id, :raw, presence: true
      validates :raw, length: { maximum: CaseNote::MAX_LENGTH }

      def raw
        super.to_s.strip.presence
      end
    end

    model :mediation_case
    policy :may_take, class_name: Case::Policy::MayTake[:add_note]
    policy :in_state, class_name: Case::Policy::InStateFor[:add_note]
    policy :not_on_open_roll, class_name: Case::Policy::NotOnOpenRoll

    transaction do
      model :note, :create_note
      step :record_on_timeline
    end

    private

    def create_note(mediation_case:, params:, guardian:)
      mediation_case.notes.create!(user: guardian.user, raw: params.raw)
    end

    def record_on_timeline(mediation_case:, note:, guardian:)
      mediation_case.log_event!("note_added", user: guardian.user, note_id: note.id)
    end
  end
end
