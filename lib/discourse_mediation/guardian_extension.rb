# frozen_string_literal: true

module DiscourseMediation
  module GuardianExtension
    def can_request_mediation?
      return @can_request_mediation if defined?(@can_request_mediation)
      @can_request_mediation =
        SiteSetting.mediation_enabled && authenticated? &&
          @user.in_any_groups?(SiteSetting.mediation_request_allowed_groups_map)
    end

    # Mediation happens in public discussions; private messages keep core's
    # flags, since mediators cannot read them.
    def can_request_mediation_on?(post)
      can_request_mediation? && mediated_post?(post)
    end

    def can_see_post_for_mediation?(post)
      post.present? && can_see_post?(post) && !post.trashed?
    end

    def mediation_replaces_flag_on?(post)
      SiteSetting.mediation_enabled && SiteSetting.mediation_replace_flag && authenticated? &&
        !is_staff? && mediated_post?(post)
    end

    def post_can_act?(post, action_key, opts: {}, can_see_post: nil)
      if mediation_replaces_flag_on?(post) && DiscourseMediation::FlagPolicy.refuses?(action_key)
        return false
      end
      super
    end

    private

    def mediated_post?(post)
      post.present? && post.topic.present? && !post.topic.private_message?
    end
  end
end
