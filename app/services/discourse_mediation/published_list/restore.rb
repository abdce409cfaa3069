# frozen_string_literal: true

module DiscourseMediation
  # Puts a retired item back on the current list, under its old id.
  class PublishedList::Restore
    include Service::Base
    include PublishedList::AdminEditing

    params do
      attribute :key, :string
      validates :key, presence: true
    end

    policy :is_admin
    model :behaviour
    step :restore

    private

    def restore(behaviour:)
      behaviour.update!(retired_at: nil)
    end
  end
end
