# frozen_string_literal: true

module DiscourseMediation
  # The assigned mediator ends the case with a short outcome note. Requesters
  # are told it is resolved, and read the note only if it is marked shareable.
  # The person concerned is told too, once the mediator has been in contact
  # with them. A mediator may instead end it with a private reminder of items
  # of the published list: the ladder's earliest rung, sent to the person
  # concerned and recorded as how the case ended; no ballot, no sanction.
  class Case::Resolve
    include Service::Base
    include Case::Lookup

    OUTCOME_NOTE_MAX_LENGTH = 1000
    REMINDER_MAX_LENGTH = 2000

    params do
      attribute :case_id, :integer
      attribute :outcome_note, :string
      attribute :shareable, :boolean, default: false
      attribute :private_reminder, :boolean, default: false
      attribute :reminder_keys, :array, default: []
      attribute :reminder_message, :string

      validates :case_id, :outcome_note, presence: true
      validates :outcome_note, length: { maximum: OUTCOME_NOTE_MAX_LENGTH }
      validates :reminder_message, presence: true, if: :private_reminder
      validates :reminder_message, length: { maximum: REMINDER_MAX_LENGTH }

      def outcome_note
        super.to_s.strip.presence
      end

      def reminder_message
        super.to_s.strip.presence
      end

      def reminder_keys
        Array(super).map(&:to_s).compact_blank.uniq
      end
    end

    model :mediation_case
    policy :may_take, class_name: Case::Policy::MayTake[:resolve]
    policy :reminder_sound, class_name: Case::Policy::ReminderSound

    transaction do
      step :lock_case
      policy :in_state, class_name: Case::Policy::InStateFor[:resolve]
      step :resolve
    end

    step :tell_people

    private

    def resolve(mediation_case:, params:, guardian:)
      mediation_case.update!(
        outcome_note: params.outcome_note,
        outcome_note_shareable: params.shareable,
        resolution: params.private_reminder ? "private_reminder" : nil,
      )
      data = { shareable: params.shareable }
      if params.private_reminder
        data.merge!(private_reminder: true, reminder_keys: params.reminder_keys)
      end
      mediation_case.apply_event!(:resolve, user: guardian.user, **data)
    end

    def tell_people(mediation_case:, params:)
      Jobs.enqueue(Jobs::DiscourseMediation::TellRequestersCaseResolved, case_id: mediation_case.id)
      if params.private_reminder || mediation_case.subject_contacted?
        Jobs.enqueue(
          Jobs::DiscourseMediation::TellSubjectCaseEnded,
          case_id: mediation_case.id,
          reminder_keys: params.reminder_keys,
          reminder_message: params.reminder_message,
        )
      end
    end
  end
end
