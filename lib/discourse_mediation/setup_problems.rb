# frozen_string_literal: true

module DiscourseMediation
  # What an admin still has to set up before mediation works for everyone, in
  # the order the README's quick start gives. Shown on the admin dashboard by
  # ProblemCheck::MediationSetup.
  module SetupProblems
    CHECKED_MEDIATORS = 100

    module_function

    def all
      return [] if !SiteSetting.mediation_enabled
      [
        (:no_mediators if members_of(SiteSetting.mediation_mediator_groups_map).none?),
        (:no_voters if members_of(SiteSetting.mediation_voter_groups_map).none?),
        reports_category_problem,
        (:mediators_cannot_message if mediators_cannot_message?),
      ].compact
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
      ids = members_of(SiteSetting.mediation_mediator_groups_map).limit(CHECKED_MEDIATORS).pluck(:user_id)
      User.where(id: ids).any? { |user| !Guardian.new(user).can_send_private_messages? }
    end
  end
end
