# frozen_string_literal: true

# discourse/discourse app/serializers/basic_user_serializer.rb: the short form
# of a user that pages show. The name only where the site shows names.
class BasicUserSerializer < ApplicationSerializer
  attributes :id, :username, :name, :avatar_template

  def include_name?
    SiteSetting.enable_names
  end

  def avatar_template
    "/letter_avatar_proxy/v4/letter/#{object.username[0]}/{size}.png"
  end
end
