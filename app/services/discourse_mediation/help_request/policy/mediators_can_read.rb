# frozen_string_literal: true

module DiscourseMediation
  # Mediators can only help where they can read. A request on a post in a
  # category closed to the mediator groups is refused, rather than showing
  # the post to mediators the category keeps out.
  class HelpRequest::Policy::MediatorsCanRead < Service::PolicyBase
    delegate :post, to: :context, private: true

    def call
      category = post.topic&.category
      return true if category.blank? || !category.read_restricted
      CategoryGroup.where(
        category_id: category.id,
        group_id: SiteSetting.mediation_mediator_groups_map,
      ).exists?
    end

    def reason
      I18n.t("discourse_mediation.errors.mediators_cannot_read")
    end
  end
end
