# frozen_string_literal: true

module DiscourseMediation
  # What the services that edit the published list and the ladder share:
  # only admins edit them, and items are found by their stable id.
  module PublishedList::AdminEditing
    private

    def is_admin(guardian:)
      guardian.is_admin?
    end

    def fetch_behaviour(params:)
      Behaviour.find_by(key: params.key)
    end
  end
end
