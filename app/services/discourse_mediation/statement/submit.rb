# frozen_string_literal: true

module DiscourseMediation
  # The person concerned, or someone named as affected, adds their view before
  # the vote. It is read in full by everyone who votes, and the person
  # concerned reads every other statement as soon as it is sent. People
  # affected answer by their own, earlier time; one late statement moves the
  # person concerned's deadline by as much, once, and one that comes after the
  # person concerned's own opens a time for them to answer it.
  class Statement::Submit
    include Service::Base
    include Case::Lookup

    params do
      attribute :case_id, :integer
      attribute :raw, :string

      validates :case_id, presence: true

      extend StatementTextContract
      requires_statement_text
    end

    model :mediation_case
    policy :may_take, class_name: Case::Policy::MayTake[:submit_statement]

    transaction do
      step :lock_case
      policy :in_state, class_name: Case::Policy::InStateFor[:submit_statement]
      policy :window_open, class_name: Statement::Policy::WindowOpen
      policy :not_stated_yet, class_name: Statement::Policy::NotStatedYet
      policy :affected_in_time, class_name: Statement::Policy::AffectedInTime
      model :statement, :create_statement
      step :record_on_timeline
      step :move_deadline_for_late_statement
      step :offer_the_last_word
    end

    private

    def create_statement(mediation_case:, params:, guardian:)
      role = mediation_case.subject_ids.include?(guardian.user.id) ? "subject" : "affected"
      mediation_case.statements.create!(user: guardian.user, role:, raw: params.raw)
    end

    def record_on_timeline(mediation_case:, statement:, guardian:)
      mediation_case.log_event!("statement_submitted", user: guardian.user, role: statement.role)
    end

    # Arriving after the person concerned's own statement, it opens a time for
    # them to answer it.
    def offer_the_last_word(mediation_case:, statement:)
      mediation_case.open_answer_window! if statement.role == "affected" && !statement.declined
    end

    # The person concerned keeps the time to answer it: their deadline, the
    # reminder and an interim measure all move by as much as it was late.
    def move_deadline_for_late_statement(mediation_case:, statement:, guardian:)
      return if statement.role != "affected" || mediation_case.affected_arrival != :late
      now = Time.zone.now
      late_by = now - mediation_case.affected_closes_at
      mediation_case.update!(
        statement_deadline_at: mediation_case.statement_deadline_at + late_by,
        affected_late_moved_at: now,
        reminded_at: nil,
      )
      mediation_case.log_event!("deadline_moved", hours: (late_by / 3600.0).ceil)
      if mediation_case.interim_suspended_until.present?
        InterimMeasure.extend!(
          mediation_case,
          till: mediation_case.interim_suspended_until + late_by,
          by: guardian.user,
        )
      end
    end
  end
end
