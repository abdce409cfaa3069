# frozen_string_literal: true

module DiscourseMediation
  module GuardianExtension
    def can_request_mediation?
      return @can_request_mediation if defined?(@can_request_mediation)
      @can_request_mediation =
        SiteSetting.mediation_enabled && authenticated? &&
          @user.in_any_groups?(SiteSetting.mediation_request_allowed_groups_map)
    end

    # In public discussions, and on a private message someone else wrote to
    # this member (the mediators read it only once the member lets them:
    # HelpRequest::Create). Whoever calls this has checked that the member
    # sees the post.
    def can_request_mediation_on?(post)
      can_request_mediation? && (mediated_post?(post) || received_private_message?(post))
    end

    # Mediators and staff work the queue and read case pages.
    def can_mediate?
      return @can_mediate if defined?(@can_mediate)
      @can_mediate =
        SiteSetting.mediation_enabled && authenticated? && (is_staff? || mediator_group_member?)
    end

    # A member of the voter groups: asking for help would leave them off the
    # case's ballot, which the help modal tells them before they send.
    def mediation_voter?
      SiteSetting.mediation_enabled && authenticated? &&
        @user.in_any_groups?(SiteSetting.mediation_voter_groups_map)
    end

    # The voter groups and staff read the transparency report and may look at
    # ballots.
    def can_see_mediation_transparency?
      return @can_see_mediation_transparency if defined?(@can_see_mediation_transparency)
      @can_see_mediation_transparency =
        SiteSetting.mediation_enabled && authenticated? &&
          (is_staff? || @user.in_any_groups?(SiteSetting.mediation_voter_groups_map))
    end

    # Those on a ballot's roll, and the voter groups and staff, recused or not.
    def can_see_mediation_ballot?(ballot)
      can_see_mediation_transparency? || (authenticated? && ballot.voter?(@user))
    end

    # The statement page: the case's mediators at any time; the person
    # concerned and the people named as affected once the report has been
    # submitted and they have been told, never before; the person concerned
    # also once a case ended with a private reminder, to answer it.
    def can_see_mediation_statement_page?(mediation_case)
      return false if mediation_case.blank?
      roles = mediation_roles_on(mediation_case)
      return true if roles.include?(:mediator)
      return true if roles.include?(:subject) && mediation_case.private_reminder?
      return false if (roles & %i[subject affected]).empty?
      mediation_case.report.present? && mediation_case.report.submitted?
    end

    def mediation_roles_on(mediation_case)
      DiscourseMediation::Rules::Case::CaseRoles.for(
        user_id: user&.id,
        staff: SiteSetting.mediation_enabled && is_staff?,
        mediator: can_mediate?,
        case_mediator_id: mediation_case.mediator_id,
        requester_ids: mediation_case.active_requests.map(&:user_id),
        subject_ids: mediation_case.subject_ids,
        affected_ids: mediation_case.affected_ids,
        involved_ids: mediation_case.people.map(&:user_id) + mediation_case.requester_ids,
      )
    end

    def can_see_post_for_mediation?(post)
      post.present? && can_see_post?(post) && !post.trashed?
    end

    def mediation_replaces_flag_on?(post)
      SiteSetting.mediation_enabled && SiteSetting.mediation_replace_flag && authenticated? &&
        !is_staff? && mediated_post?(post)
    end

    def post_can_act?(post, action_key, opts: {}, can_see_post: nil)
      if mediation_replaces_flag_on?(post) &&
           DiscourseMediation::Rules::Mediation::FlagPolicy.refuses?(action_key)
        return false
      end
      super
    end

    private

    def mediator_group_member?
      @user.in_any_groups?(SiteSetting.mediation_mediator_groups_map)
    end

    def mediated_post?(post)
      post.present? && post.topic.present? && !post.topic.private_message?
    end

    # Not one of their own, not a message from the system, and in a
    # conversation they are part of: staff who may read any message are not
    # its recipients.
    def received_private_message?(post)
      post.present? && post.topic.present? && post.topic.private_message? &&
        post.user_id.to_i.positive? && post.user_id != @user.id && in_conversation?(post.topic)
    end

    # Once per conversation and request: a topic view asks for every post.
    def in_conversation?(topic)
      (@in_conversation ||= {}).fetch(topic.id) do
        @in_conversation[topic.id] = topic.topic_allowed_users.exists?(user_id: @user.id) ||
          GroupUser.where(
            group_id: topic.topic_allowed_groups.select(:group_id),
            user_id: @user.id,
          ).exists?
      end
    end
  end
end
