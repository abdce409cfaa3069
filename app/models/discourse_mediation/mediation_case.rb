# frozen_string_literal: true

module DiscourseMediation
  class MediationCase < ActiveRecord::Base
    self.table_name = "discourse_mediation_cases"

    belongs_to :topic
    belongs_to :post
    belongs_to :mediator, class_name: "User", optional: true
    # The author of the post in question, as the case opened: open cases are
    # one per topic and person concerned.
    belongs_to :subject, class_name: "User", optional: true
    has_many :help_requests, foreign_key: :case_id, inverse_of: :mediation_case
    has_many :people, class_name: "DiscourseMediation::CasePerson", foreign_key: :case_id, inverse_of: :mediation_case
    has_one :report, class_name: "DiscourseMediation::Report", foreign_key: :case_id, inverse_of: :mediation_case
    has_one :ballot,
            -> { where(kind: "decision") },
            class_name: "DiscourseMediation::Ballot",
            foreign_key: :case_id,
            inverse_of: false
    # The second, secret ballot of an appeal; it can only lower the sanction.
    has_one :appeal_ballot,
            -> { where(kind: "appeal") },
            class_name: "DiscourseMediation::Ballot",
            foreign_key: :case_id
    has_many :statements, class_name: "DiscourseMediation::Statement", foreign_key: :case_id, inverse_of: :mediation_case
    has_many :recusal_requests,
             -> { order(:created_at, :id) },
             class_name: "DiscourseMediation::RecusalRequest",
             foreign_key: :case_id,
             inverse_of: :mediation_case
    has_many :notes,
             -> { order(:created_at, :id) },
             class_name: "DiscourseMediation::CaseNote",
             foreign_key: :case_id,
             inverse_of: :mediation_case
    has_many :events,
             -> { order(:created_at, :id) },
             class_name: "DiscourseMediation::CaseEvent",
             foreign_key: :case_id,
             inverse_of: :mediation_case

    validates :state, inclusion: { in: Rules::Case::Lifecycle::STATES.map(&:to_s) }

    before_create { self.stage_started_at ||= Time.zone.now }

    scope :ongoing, -> { where(state: Rules::Case::Lifecycle::OPEN_STATES.map(&:to_s)) }
    scope :in_states, ->(states) { where(state: states.map(&:to_s)) }
    # The open case about this post's author in its topic, if there is one.
    scope :open_about, ->(post) { ongoing.where(topic_id: post.topic_id, subject_id: post.user_id) }
    scope :involving, ->(user_id) { where(id: CasePerson.where(user_id:).select(:case_id)) }

    # Ended cases that still name the person concerned where mediators and
    # moderators search (Rules::Record::NameKeeping, in SQL).
    scope :naming_subject,
          ->(now = Time.zone.now) do
            forgiveness = SiteSetting.mediation_forgiveness_months
            sanction =
              Rules::Record::NameKeeping.sanction_months(
                sanction_names_months: SiteSetting.mediation_archive_names_months,
                forgiveness_months: forgiveness,
              )
            where(state: %w[closed archived]).where(
              "(COALESCE(outcome, :none) = :none AND ended_at > :forgiven) OR " \
                "(COALESCE(outcome, :none) <> :none AND COALESCE(sanction_ends_at, review_at, ended_at) > :sanction_forgiven)",
              none: Rules::Record::NameKeeping::NO_SANCTION,
              forgiven: Rules::Record::Forgiveness.cutoff(now:, months: forgiveness),
              sanction_forgiven: Rules::Record::Forgiveness.cutoff(now:, months: sanction),
            )
          end

    # Cases whose stage is past its target: a new request nobody picked up in
    # time, or mediating, writing the report or carrying out past its days.
    scope :overdue,
          ->(now = Time.zone.now) do
            stages =
              Rules::Case::StageTargets::SETTINGS.map do |state, setting|
                sanitize_sql_array(
                  ["(state = ? AND stage_started_at < ?)", state.to_s, now - SiteSetting.public_send(setting).days],
                )
              end
            unclaimed =
              sanitize_sql_array(
                [
                  "(state = 'requested' AND created_at < ?)",
                  now - SiteSetting.mediation_first_response_hours.hours,
                ],
              )
            where([unclaimed, *stages].join(" OR "))
          end

    def open?
      Rules::Case::Lifecycle.open?(state)
    end

    def requester_status
      Rules::Case::Lifecycle.requester_status(state)
    end

    def log_event!(action, user: nil, **data)
      events.create!(action:, user:, data:)
    end

    # Moves the case by a lifecycle event its service has already checked,
    # and writes the move on the timeline.
    def apply_event!(event, user:, **data)
      state = Rules::Case::Lifecycle::TRANSITIONS.fetch(event.to_sym).to
      attributes = { state: state.to_s }
      if self.state != state.to_s
        attributes[:stage_started_at] = Time.zone.now
        attributes[:stage_reminded_at] = nil
      end
      # Archiving a closed case does not move the day it ended, from which forgiveness counts.
      attributes[:ended_at] = ended_at || Time.zone.now if Rules::Case::Lifecycle.ended?(state)
      update!(attributes)
      log_event!(event.to_s, user:, **data)
    end

    # The first claim or assignment stops the first-response clock.
    def assign_mediator!(mediator)
      update!(mediator:, first_response_at: first_response_at || Time.zone.now)
    end

    # The post in question, within its topic.
    def post_url
      return nil if topic.blank?
      "#{topic.relative_url}/#{post&.post_number || 1}"
    end

    def first_response_due_at
      created_at + SiteSetting.mediation_first_response_hours.hours
    end

    def active_requests
      help_requests.reject(&:withdrawn_at)
    end

    def subject_ids
      people.select(&:subject).map(&:user_id)
    end

    def affected_ids
      report&.submitted? ? report.affected_user_ids : []
    end

    # When the statement window closes: the deadline, or the subject's waiver.
    def statement_closes_at
      return nil if statement_deadline_at.nil?
      Rules::DueProcess::StatementWindow.closes_at(deadline: statement_deadline_at, waived_at:)
    end

    def affected_arrival(now = Time.zone.now)
      Rules::DueProcess::StatementWindow.affected_arrival(
        now:,
        affected_closes_at:,
        already_moved: affected_late_moved_at.present?,
      )
    end

    def statement_window_open?(now = Time.zone.now)
      state == "awaiting_statements" && statement_deadline_at.present? &&
        Rules::DueProcess::StatementWindow.open?(now:, deadline: statement_deadline_at, waived_at:)
    end

    # When the vote is expected to end, for "what happens next" and for an
    # interim measure's end date: the ballot's close once it is open (opening
    # the vote always opens the ballot), before that the window's end plus
    # the ballot's duration.
    def expected_ballot_end
      return ballot.closes_at if ballot
      statement_closes_at && statement_closes_at + SiteSetting.mediation_ballot_hours.hours
    end

    # The statement window is over: the vote opens with its ballot, unless it
    # must wait (BallotBox.hold_reason); then the moderators are told why, once
    # per reason, and the case waits. Called in a transaction that holds the
    # case row.
    def open_vote!(user:, **data)
      hold = BallotBox.hold_reason(self)
      return VoteHold.new(self).hold!(hold) if hold
      apply_event!(:open_vote, user:, **data)
      BallotBox.open!(self)
    end

    # Opens the vote if the statement time is over and the case still waits
    # for it: when the window ends, or when what held the vote is settled.
    def open_vote_if_due!
      with_lock do
        next if state != "awaiting_statements" || statement_window_open?
        open_vote!(user: nil)
      end
    end

    # Whom a report may name as affected: the people involved other than the
    # person concerned, and requesters still asking who agreed to be named.
    def affected_candidate_ids
      involved = people.reject(&:subject).map(&:user_id)
      consenting = active_requests.select(&:consent_to_be_named).map(&:user_id)
      (involved + consenting).uniq - subject_ids
    end

    # Who wrote or submitted the report.
    def report_author_ids
      [report&.updated_by_id, report&.submitted_by_id].compact.uniq
    end

    # Everyone who asked for help, withdrawn or not: all are recused.
    def requester_ids
      help_requests.map(&:user_id)
    end

    # Timeline entries only someone acting as the case's mediator writes.
    MEDIATOR_ACTIONS = %w[
      claim
      assign
      resolve
      escalate
      note_added
      person_added
      person_removed
      conversation_opened
      cooled_down
      mediator_posted
      report_saved
      submit_report
      extension_granted
      extension_declined
    ].freeze

    # Everyone who acted as the case's mediator, by user id: whoever holds it,
    # was assigned it, or claimed, noted, stepped in, escalated, resolved, or
    # wrote or submitted its report.
    def mediator_ids
      acted = events.select { |event| MEDIATOR_ACTIONS.include?(event.action) }
      ids = [mediator_id, report&.updated_by_id, report&.submitted_by_id, *acted.map(&:user_id)]
      ids += acted.filter_map { |event| event.data["mediator_id"] }
      # Assignments logged before the id was recorded name the mediator only.
      named = acted.filter_map { |event| event.data["mediator_id"] ? nil : event.data["mediator_username"] }
      ids += User.where(username_lower: named.map(&:downcase)).pluck(:id) if named.any?
      ids.compact.uniq
    end

    # The ballot once it has closed and decided.
    def closed_ballot
      ballot if ballot&.closed?
    end

    # Fills in the step carried out (the decided one, or a less severe one)
    # with the end and review dates carrying it out now would set, without
    # saving: Case::Implement saves it, Case::PreviewOutcome only words the
    # messages from it. A change reason is kept only for a change from the vote.
    def assign_outcome(step, ballot:, duration_days:, review_days:, reason:, change_reason: nil)
      plan = Rules::DueProcess::Penalty.plan(kind: step.kind, duration_days:, review_days:, now: Time.zone.now)
      changed = Rules::DueProcess::AsVoted.changed?(decided: ballot.outcome, chosen: step, duration_days:, review_days:)
      assign_attributes(
        outcome: step.key,
        outcome_reason: reason,
        outcome_change_reason: changed ? change_reason.to_s.strip.presence : nil,
        sanction_ends_at: plan.ends_at,
        review_at: plan.review_at,
      )
      plan
    end

    # The target date of the stage the case is in, when that stage has one.
    def stage_due_at
      Rules::Case::StageTargets.due_at(state:, started_at: stage_started_at, days: stage_target_days)
    end

    def overdue?(now = Time.zone.now)
      return first_response_at.nil? && first_response_due_at < now if state == "requested"
      Rules::Case::StageTargets.overdue?(state:, started_at: stage_started_at, days: stage_target_days, now:)
    end

    def stage_target_days
      setting = Rules::Case::StageTargets::SETTINGS[state.to_sym]
      setting && SiteSetting.public_send(setting)
    end

    # Has the mediator reached the person concerned: a private conversation
    # with them, or a mediator post in the thread since the case opened.
    def subject_contacted?
      subject_contacted_at.present?
    end

    # How the mediator reached the person concerned, or why not (`CaseContact`
    # in lib/types/): on the case page and in the report everyone reads.
    def contact
      { contacted_at: subject_contacted_at, told_at: subject_told_at, no_contact_reason: }
    end

    def names_subject?(now = Time.zone.now)
      Rules::Record::NameKeeping.named?(
        state:,
        outcome:,
        ended_at:,
        sanction_ends_at:,
        review_at:,
        now:,
        forgiveness_months: SiteSetting.mediation_forgiveness_months,
        sanction_names_months: SiteSetting.mediation_archive_names_months,
      )
    end

    # A sanction whose review date has come, and that nobody has reviewed yet.
    def review_due?(now = Time.zone.now)
      %w[closed archived].include?(state) && Rules::Record::NameKeeping.sanctioned?(outcome) && review_at.present? &&
        review_at <= now && reviewed_at.nil?
    end

    # Why the person concerned cannot appeal now, or nil when they can.
    def appeal_refusal(now = Time.zone.now)
      Rules::DueProcess::Appeal.refusal(
        enabled: SiteSetting.mediation_appeal_groups_map.any?,
        sanctioned: Rules::Record::NameKeeping.sanctioned?(outcome),
        told_at: outcome_told_at,
        appealed_at:,
        now:,
        days: SiteSetting.mediation_appeal_days,
        roll_can_decide: -> { ballot.present? && BallotBox.roll_can_decide?(BallotBox.appeal_roll(self).size) },
      )
    end

    def appeal_closes_at
      Rules::DueProcess::Appeal.closes_at(told_at: outcome_told_at, days: SiteSetting.mediation_appeal_days)
    end

    def private_reminder?
      resolution == "private_reminder"
    end

    # `for_requester`: the members who asked for help learn of an appeal or a
    # review date only where the site tells them whether action was taken;
    # where it tells them nothing, those dates would tell them of a sanction.
    def next_step(for_requester: false)
      after = {}
      if !for_requester || SiteSetting.mediation_tell_requesters != "nothing"
        appeal_open = appeal_ballot && !appeal_ballot.closed?
        after = {
          appeal_ballot_ends_at: appeal_open ? appeal_ballot.closes_at : nil,
          appeal_closes_at: appeal_refusal.nil? ? appeal_closes_at : nil,
          review_at: reviewed_at ? nil : review_at,
          now: Time.zone.now,
        }
      end
      Rules::Case::NextStep.for(
        state:,
        first_response_due_at:,
        statement_closes_at:,
        ballot_ends_at: ballot&.closes_at,
        stage_due_at:,
        **after,
      )
    end
  end
end

# == Schema Information
#
# Table name: discourse_mediation_cases
#
#  id                 :bigint           not null, primary key
#  topic_id           :integer          not null
#  post_id            :integer          not null
#  state              :string           default("requested"), not null
#  urgent             :boolean          default(FALSE), not null
#  mediator_id        :integer
#  mediators_topic_id :integer
#  first_response_at  :datetime
#  ended_at           :datetime
#  outcome_note       :text
#  outcome_note_shareable :boolean     default(FALSE), not null
#  statement_deadline_at, waived_at, reminded_at, extension_requested_at,
#  extension_reason, extension_decision, extension_decision_reason,
#  extension_decided_by_id, interim_suspended_until, interim_suspended_by_id
#  created_at         :datetime         not null
#  updated_at         :datetime         not null
#
# Indexes
#
#  index_mediation_cases_one_open_per_topic_and_subject  (topic_id, COALESCE(subject_id, 0)) UNIQUE WHERE open
#  index_discourse_mediation_cases_on_state_and_created_at        (state,created_at)
