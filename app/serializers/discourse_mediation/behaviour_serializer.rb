# frozen_string_literal: true

module DiscourseMediation
  # An item of the published list (`PublishedItem` in lib/types/). Its earlier
  # wordings only on the admins' editor, which passes `for_admin: true`.
  class BehaviourSerializer < ApplicationSerializer
    attributes :key, :version, :title, :description, :retired

    has_many :versions, serializer: BehaviourVersionSerializer, embed: :objects

    def retired
      object.retired?
    end

    def include_versions?
      options[:for_admin]
    end
  end
end
