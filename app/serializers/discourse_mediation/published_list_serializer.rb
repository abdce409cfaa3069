# frozen_string_literal: true

module DiscourseMediation
  # The published list and the ladder (`PublishedListPage` in lib/types/).
  # Admins also get retired items and every item's versions.
  module PublishedListSerializer
    module_function

    def page(for_admin:)
      behaviours = for_admin ? Behaviour.includes(:versions).order(:position, :id) : Behaviour.current
      {
        items: behaviours.map { |behaviour| item(behaviour, for_admin:) },
        ladder: LadderStep.in_order.map { |step| ladder_step(step) },
      }
    end

    def item(behaviour, for_admin:)
      json = {
        key: behaviour.key,
        version: behaviour.version,
        title: behaviour.title,
        description: behaviour.description,
        retired: behaviour.retired?,
      }
      if for_admin
        json[:versions] = behaviour.versions.map do |version|
          { version: version.version, title: version.title, description: version.description, created_at: version.created_at }
        end
      end
      json
    end

    def ladder_step(step)
      {
        key: step.key,
        kind: step.kind,
        title: step.title,
        description: step.description,
        duration_days: step.duration_days,
        review_days: step.review_days,
      }
    end
  end
end
