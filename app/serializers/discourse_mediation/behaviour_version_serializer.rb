# frozen_string_literal: true

module DiscourseMediation
  # An earlier wording of a published-list item, for admins.
  class BehaviourVersionSerializer < ApplicationSerializer
    attributes :version, :title, :description, :created_at
  end
end
