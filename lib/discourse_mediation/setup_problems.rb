# frozen_string_literal: true

module DiscourseMediation
  # What an admin still has to set up before mediation works for everyone, in
  # the order the README's quick start gives, then what keeps a decision from
  # being made. Shown on the admin dashboard by ProblemCheck::MediationSetup;
  # the gentle ones by ProblemCheck::MediationAppeals.
  module SetupProblems
    CHECKED_MEDIATORS = 100

    module_function

    def all
      return [] if !SiteSetting.mediation_enabled
      [
        (:no_mediators if members_of(SiteSetting.mediation_mediator_groups_map).none?),
        voters_problem,
        reports_category_problem,
        (:mediators_cannot_message if mediators_cannot_message?),
        (:mediator_group_too_large if mediator_group_too_large?),
        (:appeal_groups_too_small if appeal_groups_too_small?),
        (:votes_held if votes_held?),
      ].compact
    end

    # Once nothing above is missing: appeals are off until an admin names the
    # appeal groups (the quick start's next step). Gentle, as a site may
    # choose to have no appeal; its outcome messages then say so.
    def gentle
      return [] if !SiteSetting.mediation_enabled || all.any?
      [(:no_appeal_groups if SiteSetting.mediation_appeal_groups_map.empty?)].compact
    end

    # No voters at all, or too few for any ballot to reach its quorum and
    # minimum even before anyone who acted on a case is left out.
    def voters_problem
      voters = BallotBox.active_voter_ids.size
      return :no_voters if voters.zero?
      :too_few_voters if !BallotBox.roll_can_decide?(voters)
    end

    # A mediator group too large for a group message gets no message for new
    # requests (Notices::NewRequest): its members see them in the queue only.
    def mediator_group_too_large?
      SiteSetting.mediation_mediator_groups_map.any? { !Notices::NewRequest.messageable_group?(_1) }
    end

    # Appeals are on, but the appeal groups could not decide one.
    def appeal_groups_too_small?
      groups = SiteSetting.mediation_appeal_groups_map
      groups.any? && !BallotBox.roll_can_decide?(BallotBox.active_voter_ids(groups).size)
    end

    # A case whose statement time ended waits for a vote that cannot open
    # (VoteHold): the moderators were told; the dashboard keeps saying so.
    def votes_held?
      MediationCase
        .where(state: "awaiting_statements")
        .where(id: CaseEvent.where(action: "vote_held").select(:case_id))
        .exists?
    end

    def members_of(group_ids)
      GroupUser.where(group_id: group_ids).where(user_id: User.real.select(:id))
    end

    # Without it a ballot still runs, but voters have no report topic to read;
    # readable by everyone, it would publish the report.
    def reports_category_problem
      category = Category.find_by(id: SiteSetting.mediation_reports_category.presence)
      return :no_reports_category if category.blank?
      :reports_category_public if !category.read_restricted
    end

    def mediators_cannot_message?
      ids =
        members_of(SiteSetting.mediation_mediator_groups_map).limit(CHECKED_MEDIATORS).pluck(
          :user_id,
        )
      User.where(id: ids).any? { |user| !Guardian.new(user).can_send_private_messages? }
    end
  end
end
