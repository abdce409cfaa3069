# frozen_string_literal: true

module DiscourseMediation
  class MediationCase < ActiveRecord::Base
    self.table_name = "discourse_mediation_cases"

    # Neither for conduct outside the forum (Place#elsewhere?).
    belongs_to :topic, optional: true
    belongs_to :post, optional: true
    belongs_to :mediator, class_name: "User", optional: true
    # The author of the post in question, as the case opened: open cases are
    # one per topic and person concerned.
    belongs_to :subject, class_name: "User", optional: true
    # In the order they were made: the case page lists the requests so.
    has_many :help_requests,
             -> { order(:created_at, :id) },
             foreign_key: :case_id,
             inverse_of: :mediation_case
    has_many :people,
             class_name: "DiscourseMediation::CasePerson",
             foreign_key: :case_id,
             inverse_of: :mediation_case
    has_one :report,
            class_name: "DiscourseMediation::Report",
            foreign_key: :case_id,
            inverse_of: :mediation_case
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
    has_many :statements,
             class_name: "DiscourseMediation::Statement",
             foreign_key: :case_id,
             inverse_of: :mediation_case
    has_many :recusal_requests,
             -> { order(:created_at, :id) },
             class_name: "DiscourseMediation::RecusalRequest",
             foreign_key: :case_id,
             inverse_of: :mediation_case
    # Further posts the report cites, after the case's own.
    has_many :attached_posts,
             -> { order(:created_at, :id) },
             class_name: "DiscourseMediation::AttachedPost",
             foreign_key: :case_id,
             inverse_of: :mediation_case
    # Recommendations to other spaces, once the outcome is carried out.
    has_many :recommendations,
             -> { order(:created_at, :id) },
             foreign_key: :case_id,
             inverse_of: :mediation_case
    # A coaching outcome's plan, check-ins and result; never published.
    has_one :coaching,
            class_name: "DiscourseMediation::Coaching",
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

    include WhoActed
    include Stages
    include Naming
    include AfterDecision
    include StatementTime
    include Place

    validates :state, inclusion: { in: Rules::Case::Lifecycle::STATES.map(&:to_s) }

    before_create { self.stage_started_at ||= Time.zone.now }

    scope :ongoing, -> { where(state: Rules::Case::Lifecycle::OPEN_STATES.map(&:to_s)) }
    scope :in_states, ->(states) { where(state: states.map(&:to_s)) }
    # The open case about this post's author in its topic, if there is one.
    scope :open_about, ->(post) { ongoing.where(topic_id: post.topic_id, subject_id: post.user_id) }
    scope :involving, ->(user_id) { where(id: CasePerson.where(user_id:).select(:case_id)) }

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

    # The post in question, within its topic; none for a private message,
    # which only its own people can open.
    def post_url
      return nil if topic.blank? || private_message?
      "#{topic.relative_url}/#{post&.post_number || 1}"
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
        next if state != "awaiting_statements" || statement_window_open? || answer_window_open?
        open_vote!(user: nil)
      end
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

    def private_reminder?
      resolution == "private_reminder"
    end
  end
end

# == Schema Information
#
# Table name: discourse_mediation_cases
#
#  id                        :bigint           not null, primary key
#  topic_id                  :integer
#  post_id                   :integer
#  state                     :string           default("requested"), not null
#  urgent                    :boolean          default(FALSE), not null
#  mediator_id               :integer
#  mediators_topic_id        :integer
#  created_at                :datetime         not null
#  updated_at                :datetime         not null
#  first_response_at         :datetime
#  ended_at                  :datetime
#  outcome_note              :text
#  outcome_note_shareable    :boolean          default(FALSE), not null
#  statement_deadline_at     :datetime
#  waived_at                 :datetime
#  reminded_at               :datetime
#  extension_requested_at    :datetime
#  extension_reason          :text
#  extension_decision        :string
#  extension_decision_reason :text
#  extension_decided_by_id   :integer
#  interim_suspended_until   :datetime
#  interim_suspended_by_id   :integer
#  outcome                   :string
#  outcome_reason            :text
#  sanction_ends_at          :datetime
#  review_at                 :datetime
#  implemented_by_id         :integer
#  archived_at               :datetime
#  subject_id                :integer
#  stage_started_at          :datetime
#  stage_reminded_at         :datetime
#  subject_contacted_at      :datetime
#  subject_told_at           :datetime
#  no_contact_reason         :text
#  resolution                :string
#  outcome_change_reason     :text
#  reviewed_at               :datetime
#  review_decision           :string
#  review_reason             :text
#  reviewed_by_id            :integer
#  affected_closes_at        :datetime
#  affected_late_moved_at    :datetime
#  appealed_at               :datetime
#  appeal_statement          :text
#  outcome_told_at           :datetime
#  answer_until              :datetime
#  review_statement          :text
#  review_statement_at       :datetime
#  reminder_answer           :text
#  reminder_answered_at      :datetime
#  conduct_place             :string           default("forum"), not null
#  conduct_where             :string
#  conduct_on                :date
#
# Indexes
#
#  idx_mediation_cases_created_covering                      (created_at)
#  idx_mediation_cases_ended_order                           (ended_at,id)
#  idx_mediation_cases_first_response                        (first_response_at)
#  idx_mediation_cases_review_due                            (review_at,id) WHERE ((state)::text = ANY ((ARRAY['closed'::character varying, 'archived'::character varying])::text[]))
#  idx_mediation_cases_subject                               (subject_id)
#  idx_mediation_cases_topic                                 (topic_id)
#  idx_on_state_statement_deadline_at_66c885a6bf             (state,statement_deadline_at)
#  index_discourse_mediation_cases_on_mediator_id_and_state  (mediator_id,state)
#  index_discourse_mediation_cases_on_state_and_created_at   (state,created_at)
#  index_discourse_mediation_cases_on_state_and_ended_at     (state,ended_at)
#  index_mediation_cases_one_open_per_topic_and_subject      (topic_id, COALESCE(subject_id, 0)) UNIQUE WHERE ((state)::text = ANY ((ARRAY['requested'::character varying, 'mediating'::character varying, 'report_draft'::character varying, 'awaiting_statements'::character varying, 'voting'::character varying, 'decided'::character varying])::text[]))
#
