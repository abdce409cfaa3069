# frozen_string_literal: true

module DiscourseMediation
  class MediationCase
    # Who is what on a case, by user id: the one record every "nobody who
    # acted decides" check reads (the rolls of its ballots, who may decide its
    # requests). The person concerned, every requester (withdrawn too),
    # everyone who acted as its mediator, the people the report names as
    # affected (a voter once a moderator confirms it), and whoever else acted: imposed or lifted an interim measure,
    # decided an extension or a request that a voter step aside, carried out
    # or reviewed the outcome, recorded a recommendation to other spaces or
    # passed one on.
    module WhoActed
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

      # Timeline entries whose author acted on the case beyond mediating it.
      ACTED_ACTIONS = %w[
        interim_suspension
        interim_lifted
        extension_granted
        extension_declined
        recusal_granted
        recusal_declined
        naming_granted
        naming_declined
        implement
        reviewed
        coaching_plan_proposed
        coaching_check_in_recorded
        coaching_finished
        recommendation_made
        recommendation_passed_on
      ].freeze

      # Deciding requests is one role: a moderator who decided one request may
      # decide the next; having acted otherwise, not.
      REQUEST_DECISIONS = %w[
        recusal_granted
        recusal_declined
        naming_granted
        naming_declined
        extension_granted
        extension_declined
      ].freeze

      def subject_ids
        people.select(&:subject).map(&:user_id)
      end

      def affected_ids
        report&.submitted? ? report.affected_user_ids : []
      end

      # The people named as affected who are off the roll for it: a voter
      # named by the report only once a moderator confirmed the naming.
      def recused_affected_ids
        unconfirmed =
          recusal_requests.select { _1.named? && _1.decision != "granted" }.map(&:voter_id)
        affected_ids - unconfirmed
      end

      def active_requests
        help_requests.reject(&:withdrawn_at)
      end

      # Everyone who asked for help, withdrawn or not: all are recused.
      def requester_ids
        help_requests.map(&:user_id)
      end

      # Who wrote or submitted the report.
      def report_author_ids
        [report&.updated_by_id, report&.submitted_by_id].compact.uniq
      end

      # Whom a report may name as affected: the people involved other than the
      # person concerned, and requesters still asking who agreed to be named.
      def affected_candidate_ids
        involved = people.reject(&:subject).map(&:user_id)
        consenting = active_requests.select(&:consent_to_be_named).map(&:user_id)
        (involved + consenting).uniq - subject_ids
      end

      # Everyone who acted as the case's mediator: whoever holds it, was
      # assigned it, or claimed, noted, stepped in, escalated, resolved, or
      # wrote or submitted its report.
      def mediator_ids
        acted = events.select { |event| MEDIATOR_ACTIONS.include?(event.action) }
        ids = [mediator_id, *report_author_ids, *acted.map(&:user_id)]
        ids += acted.filter_map { |event| event.data["mediator_id"] }
        # Assignments logged before the id was recorded name the mediator only.
        named =
          acted.filter_map do |event|
            event.data["mediator_id"] ? nil : event.data["mediator_username"]
          end
        ids += User.where(username_lower: named.map(&:downcase)).pluck(:id) if named.any?
        ids.compact.uniq
      end

      # Whoever acted on the case in a way the roles above do not say.
      def acted_ids
        acted_by(ACTED_ACTIONS)
      end

      # Every role, as Rules::Ballot::Recusal takes them.
      def recusal_roles
        {
          subject_ids:,
          requester_ids:,
          mediator_ids:,
          affected_ids: recused_affected_ids,
          acted_ids:,
        }
      end

      # Whether this user may decide the case's requests.
      def may_decide_requests?(user_id)
        roles = recusal_roles.merge(acted_ids: acted_by(ACTED_ACTIONS - REQUEST_DECISIONS))
        Rules::Ballot::Recusal.reason(user_id:, **roles).nil?
      end

      private

      def acted_by(actions)
        events.select { actions.include?(_1.action) }.filter_map(&:user_id).uniq
      end
    end
  end
end
